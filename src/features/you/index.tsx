export { WhoAreYouPage } from './who-are-you-page';
export { YouPage } from './you-page';
