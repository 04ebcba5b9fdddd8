#!/usr/bin/env bash
# Mints a token for an installation without an identity provider, signed with the key pair the service generated on
# its first start. Run it in the folder the service was started in (it reads data/keys/private.pem there):
#   bash src/dev/mint-token.sh producer R11        a producer of Île-de-France
#   bash src/dev/mint-token.sh admin               an administrator
#   bash src/dev/mint-token.sh reader              a reader (when reads require a role)
# Options by environment: SUBJECT (default local-<role>), CLIENT (default mint-token), TTL seconds (default 3600),
# DMP_SECURITY_LOCAL_KEY_DIR (default data/keys, as the service's dmp.security.local-key.dir),
# MP_JWT_VERIFY_ISSUER and MP_JWT_VERIFY_AUDIENCES (defaults: the service's).
set -euo pipefail
role=${1:?usage: mint-token.sh producer|admin|reader [REGION...]}
shift
key="${DMP_SECURITY_LOCAL_KEY_DIR:-data/keys}/private.pem"
if [[ ! -f $key ]]; then
  echo "mint-token.sh: no installation key at $PWD/$key: start the service first, in this folder, then run this here." >&2
  exit 1
fi
regions=""
for region in "$@"; do regions="${regions:+$regions,}\"$region\""; done
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","aud":"%s","sub":"%s","preferred_username":"%s","azp":"%s","groups":["%s"],"regions":[%s],"iat":%d,"exp":%d}' \
  "${MP_JWT_VERIFY_ISSUER:-https://dmp-indicators.local/dev}" "${MP_JWT_VERIFY_AUDIENCES:-dmp-indicators}" \
  "${SUBJECT:-local-$role}" "${SUBJECT:-local-$role}" "${CLIENT:-mint-token}" "$role" "$regions" \
  "$now" "$((now + ${TTL:-3600}))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
