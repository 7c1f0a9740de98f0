/** Errors shaped like OfficeExtension.Error: `name` "RichApi.Error" and a string `code`. */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidObjectPath'
  | 'GeneralException';

export class FakeExcelError extends Error {
  readonly code: FakeErrorCode;
  constructor(code: FakeErrorCode, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
  }
}

export function propertyNotLoaded(prop: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
