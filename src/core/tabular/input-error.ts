/** A problem in a file someone exported (a CSV or JSON table), naming the row and column when it has them. */
export class InputError extends Error {
  constructor(
    message: string,
    /** 1-based data row (the header is row 0 in a CSV file), when the problem is in a row. */
    readonly row?: number,
    readonly column?: string,
  ) {
    super(message);
  }
}
