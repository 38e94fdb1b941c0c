/** Messages of <pk-content-audit> (English, the source catalogue). */
export default {} as const;
