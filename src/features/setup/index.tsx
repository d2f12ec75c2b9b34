export { HomePage, PortfoliosPage } from './home-page';
