import { TransferMechanismsInput } from './ChecklistInput';

export default TransferMechanismsInput;
