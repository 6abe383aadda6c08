// Input for creating and changing user accounts, shared by the admin UI and the CLI.
import { z } from 'zod';

const noMarkup = (value: string) => !/<\s*[/!a-zA-Z]/.test(value);

export const roleSchema = z.enum(['admin', 'editor', 'reader']);

export const createUserInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'Enter a valid email address.' }).max(254)),
  name: z.string().trim().min(1, 'Enter a name.').max(100).refine(noMarkup, 'HTML is not allowed here.'),
  role: roleSchema,
  password: z.string().min(8, 'Use at least 8 characters.').max(128),
});

export const updateUserInput = z
  .object({
    id: z.coerce.number().int().positive(),
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((v) => v.role !== undefined || v.disabled !== undefined, { message: 'Nothing to change.' });

export type CreateUserInput = z.infer<typeof createUserInput>;
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1, 'Name the token (what it is for).').max(100).refine(noMarkup, 'HTML is not allowed here.'),
  userId: z.coerce.number().int().positive().optional(),
});

export const revokeApiTokenInput = z.object({ id: z.coerce.number().int().positive() });
