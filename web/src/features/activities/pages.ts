export { NewActivityPage } from './NewActivityPage';
export { EditActivityPage } from './EditActivityPage';
export { CompleteActivityPage } from './CompleteActivityPage';
