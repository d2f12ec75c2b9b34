export { AssessPage } from './assess-page';
export { QueuePage } from './queue-page';
