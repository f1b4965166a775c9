#!/bin/sh
# azd preprovision hook: gives the environment the key that encrypts sites' notification keys at rest
# (Secrets__EncryptionKey, kept in Key Vault as secrets-encryption-key), made once and then kept.
#
# A new key would make every stored notification key unreadable, so a key is made only when there is none: not in
# the azd environment, and not in the vault of an earlier provision (a new machine, or after `azd env refresh`).
# When that vault exists but cannot be read, the hook stops rather than risk replacing the key.
set -eu

name=MERCHANTDESK_SECRETS_ENCRYPTION_KEY
secret=secrets-encryption-key

if [ -n "$(printenv "$name" || true)" ]; then
  exit 0
fi

errors=$(mktemp)
trap 'rm -f "$errors"' EXIT

vault=${AZURE_KEY_VAULT_NAME:-}
key=""
if [ -n "$vault" ] &&
  ! key=$(az keyvault secret show --vault-name "$vault" --name "$secret" --query value -o tsv 2>"$errors"); then
  if ! grep -q SecretNotFound "$errors"; then
    cat "$errors" >&2
    echo "Could not read $secret from Key Vault $vault: sign in with 'az login' as a Key Vault Secrets Officer." >&2
    exit 1
  fi
  key=""
fi

if [ -n "$key" ]; then
  echo "Using the encryption key already in Key Vault $vault."
else
  key=$(openssl rand -base64 32)
  echo "Made a new encryption key for this environment; provisioning stores it in Key Vault as $secret."
fi
azd env set "$name" "$key" >/dev/null
