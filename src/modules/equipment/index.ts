/** Deliveries, the equipment register, ownership, rentals and provisioning (CGV art. 4, 5, 7, 10.3, 15.3). */
import { onContractTerminated } from '../contracts/index.ts';
import { startReturnOnTermination } from './termination-return.ts';
export { equipmentRoutes } from './equipment.routes.ts';
export { reservationDeadlineStep } from './reservation-step.ts';
export { lateReturnStep } from './late-return-step.ts';
export { insuranceReminderStep } from './insurance-step.ts';
export { unitBySerial, unitWarranty } from './read-equipment.ts';
export { deliveryToMake, insuranceMissing } from './field-work.repo.ts';
export {
  returnDueDate,
  reservationDecision,
  incidentDecision,
  lateReturnDecision,
  pushedReturnDueOn,
} from './deadlines.ts';

// A rental's termination starts the return flow of its units (art. 15.2, 15.3), in its transaction.
onContractTerminated(startReturnOnTermination);
