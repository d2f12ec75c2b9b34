/*
 * The IQA's sampling rounds and outcomes, and the assessor's side of them (issue 9). Not exported from the
 * db index (which the first screen loads): the IQA and assessor screens import this file directly.
 */
export { IqaError } from './iqa-error';
export { createRound, deleteRound, listRounds, saveRound, useRound, useRounds } from './iqa-rounds';
export { recordIqaOutcome, type IqaOutcomeInput } from './iqa-outcomes';
export { exportIqaFile, importIqaFile, type IqaImportResult } from './iqa-file';
export { readIqaActions, useIqaActions, type IqaAction } from './iqa-actions';
