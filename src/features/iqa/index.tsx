export { IqaRoundPage } from './iqa-round-page';
export { IqaRoundsPage } from './iqa-rounds-page';
