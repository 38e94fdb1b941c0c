/**
 * Installing a Debian package on the spot, so that a fresh machine gets what the tests need
 * (Chromium, PostgreSQL) without a manual step. Only as root on Debian; elsewhere callers say what
 * to install instead.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function canInstallDebianPackages() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Prints one line (`why`: installing …), then installs `name` quietly; throws if apt-get fails. */
export function installDebianPackage(name, why) {
  console.error(`${why}: installing Debian’s ${name} package (apt-get install ${name})…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${name}`, {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
