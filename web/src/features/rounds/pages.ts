export { RoundsPage } from './RoundsPage';
export { NewRoundPage } from './NewRoundPage';
export { RoundPage } from './RoundPage';
export { StatusTextPage } from './StatusTextPage';
