/** Messages of <pk-team-digest> (English, the source catalogue). */
export default {} as const;
