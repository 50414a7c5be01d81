import { z } from 'zod';
import { civilDateSchema } from '../../kernel/schemas.ts';

export const FecQuery = z.strictObject({ from: civilDateSchema, to: civilDateSchema });

const account = (classDigit: string, what: string) =>
  z
    .string()
    .regex(/^[1-9][0-9]{2,19}$/, 'expected an account number of 3 to 20 digits')
    .refine((v) => v.startsWith(classDigit), `a ${what} account starts with ${classDigit}`);

export const AccountsIn = z
  .strictObject({
    clients: account('4', 'client (class 4)'),
    clientsLabel: z.string().trim().min(1).max(100),
    clientAuxPrefix: z.string().regex(/^[A-Z0-9]{0,8}$/, 'expected up to 8 capital letters or digits'),
    salesGoods: account('7', 'sales (class 7)'),
    salesServices: account('7', 'sales (class 7)'),
    vatCollectedPrefix: account('4', 'VAT (class 4)'),
    vatPendingPrefix: account('4', 'VAT (class 4)'),
    lateCharges: account('7', 'income (class 7)'),
    bank: account('5', 'bank (class 5)'),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' });

export const AccountsOut = z.object({
  clients: z.string(),
  clientsLabel: z.string(),
  clientAuxPrefix: z.string(),
  salesGoods: z.string(),
  salesServices: z.string(),
  vatCollectedPrefix: z.string(),
  vatPendingPrefix: z.string(),
  lateCharges: z.string(),
  bank: z.string(),
});
