// Where people reach Accord, for links in e-mails and in the CLI's output: PUBLIC_URL, or this machine's port.
import type { Config } from '#config';

export function publicBaseUrl(config: Pick<Config, 'PUBLIC_URL' | 'PORT'>): string {
  return (config.PUBLIC_URL ?? `http://127.0.0.1:${config.PORT}`).replace(/\/+$/, '');
}
