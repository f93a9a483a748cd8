/** A copy of examples/vault as committed, in a new temporary folder; returns the vault's path. */
export function pristineExampleVault(): string;
/** Removes a copy made by `pristineExampleVault`. */
export function removePristineCopy(vault: string): void;
