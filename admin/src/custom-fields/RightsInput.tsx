import { RightsInput } from './ChecklistInput';

export default RightsInput;
