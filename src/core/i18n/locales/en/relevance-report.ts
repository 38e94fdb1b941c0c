/** Messages of <pk-relevance-report> (English, the source catalogue). */
export default {} as const;
