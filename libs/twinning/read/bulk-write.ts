export { insertRows, updateOthers, type Columns } from '@kn/platform';
