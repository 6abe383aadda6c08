// The e2e server's embedded database port, fixed so specs can reach it (the users CLI makes
// accounts there); several runs at once set E2E_PG_PORT apart.
export const e2ePgPort = Number(process.env.E2E_PG_PORT ?? 54377);
