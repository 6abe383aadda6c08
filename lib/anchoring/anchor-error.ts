// Owns the error thrown when a caller passes an impossible span: a
// programming error, unlike quote-matching failures which are returned.

export class AnchorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnchorError';
  }
}
