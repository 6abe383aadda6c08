// Public surface of the write operations: the registry and the wrapper that runs them.
export { defineOperation, type Operation, type OperationError, type OperationResult } from './operation';
export {
  OPERATION_NAMES,
  isOperationName,
  operations,
  type OperationInput,
  type OperationName,
  type OperationOutcome,
  type OperationOutput,
  type OperationRawInput,
  type Operations,
} from './registry';
export { runOperation } from './run-operation';
export { toOperationError } from './to-operation-error';
