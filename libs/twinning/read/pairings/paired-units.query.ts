/**
 * For list filters (one `?`, the organisation's id): the units it holds an active pairing on,
 * from the pairings read model. The write side asks the slot streams instead (PairingSlots).
 */
export const ACTIVE_PAIRED_UNITS_SQL = `select admin_unit_id from pairings where organization_id = ? and status = 'active'`;
