export { checkAttachment, checkAttachmentFile, previewTypeOf, PREVIEW_HEAD_BYTES, type AttachmentCheck, type AttachmentRefusalCode, type CandidateFile } from './check';
export { acceptAttribute, acceptedSummary, attachmentLimitText, fileKinds, type FileKind } from './kinds';
export { shortName } from './short-name';
