#!/bin/sh
# azd postprovision hook: creates the approval signing key in Key Vault once, with a random value that never leaves
# this machine's memory and Key Vault. Later runs keep the existing key (rotate it with `az keyvault secret set`).
set -eu

vault="${AZURE_KEY_VAULT_NAME:?run through azd: AZURE_KEY_VAULT_NAME is an output of infra/main.bicep}"
secret="${APPROVAL_SIGNING_KEY_SECRET_NAME:-approval-signing-key}"

if az keyvault secret show --vault-name "$vault" --name "$secret" --query id --output none 2>/dev/null; then
    echo "postprovision: $secret already exists in $vault; kept."
    exit 0
fi

# Role assignments take a minute or two to reach Key Vault after the first provision.
attempt=1
until az keyvault secret set --vault-name "$vault" --name "$secret" \
        --value "$(openssl rand -base64 48)" --content-type "approval link signing key" --output none; do
    if [ "$attempt" -ge 10 ]; then
        echo "postprovision: could not write $secret to $vault" >&2
        exit 1
    fi
    attempt=$((attempt + 1))
    sleep 15
done
echo "postprovision: created $secret in $vault."
