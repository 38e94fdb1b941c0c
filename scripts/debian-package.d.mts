export function canInstallDebianPackages(): boolean;
export function installDebianPackage(name: string, why: string): void;
