export { decodeIqaFile, DEFAULT_IQA_FILE_MAX_BYTES, type IqaFileLimits, type IqaFileReading } from './decode';
export { encodeIqaFile, type IqaFileContent } from './encode';
export type { IqaFileError, IqaFileErrorCode } from './errors';
export { IQA_FILE_EXTENSION, IQA_FILE_FORMAT, IQA_FILE_VERSION, MAX_IQA_OUTCOMES, iqaFileSchema, type IqaFile } from './format';
export { iqaFileName } from './file-name';
