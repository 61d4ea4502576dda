#!/usr/bin/env bash
# Creates a throwaway SoftHSM2 token for tests, with a key pair generated on the token and a
# certificate chain: root CA → intermediate CA → signer with a Vietnamese name.
#
#   make-test-token.sh DIR [KEY_TYPE]      KEY_TYPE: rsa:2048 (default), rsa:3072, rsa:4096,
#                                          EC:prime256v1, EC:secp384r1
#
# LT_TOKEN_LABEL and LT_TOKEN_SUBJECT name the token and the signer (defaults: "LienThong Test",
# "…/CN=Nguyễn Văn An"). Run again on the same DIR, it adds another token under the same CA.
#
# Writes into DIR: softhsm2.conf (export SOFTHSM2_CONF=DIR/softhsm2.conf), tokens/, root.pem,
# intermediate.pem, signer.pem, chain.pem (intermediate + root) and token.env (the facts a test
# needs, as shell assignments). The private keys of the CAs stay in DIR; the signer's never
# leaves the token.
set -euo pipefail

dir=${1:?usage: make-test-token.sh DIR [KEY_TYPE]}
key_type=${2:-rsa:2048}
label=${LT_TOKEN_LABEL:-LienThong Test}
subject=${LT_TOKEN_SUBJECT:-/C=VN/ST=Hà Nội/O=Ủy ban nhân dân tỉnh Thử Nghiệm/OU=Văn phòng/CN=Nguyễn Văn An}
pin=1234
so_pin=00000000
key_id=01

module=""
for candidate in /usr/lib/softhsm/libsofthsm2.so /usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so \
                 /usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so; do
  if [ -f "$candidate" ]; then module=$candidate; break; fi
done
[ -n "$module" ] || { echo "make-test-token: SoftHSM2 module not found (apt-get install softhsm2)" >&2; exit 1; }

mkdir -p "$dir/tokens"
dir=$(cd "$dir" && pwd)
if [ ! -f "$dir/softhsm2.conf" ]; then
  cat > "$dir/softhsm2.conf" <<CONF
directories.tokendir = $dir/tokens
objectstore.backend = file
log.level = ERROR
slots.removable = false
CONF
fi
export SOFTHSM2_CONF="$dir/softhsm2.conf"

p11() { pkcs11-tool --module "$module" "$@"; }

softhsm2-util --init-token --free --label "$label" --pin "$pin" --so-pin "$so_pin" >/dev/null
p11 --token-label "$label" --login --pin "$pin" --keypairgen --key-type "$key_type" \
    --id "$key_id" --label signer --usage-sign >/dev/null
if ! p11 --token-label "$label" --read-object --type pubkey --id "$key_id" \
     -o "$dir/signer.pub.der" >/dev/null 2>&1; then
  # OpenSC cannot export some curves (P-384): build the SubjectPublicKeyInfo from EC_POINT.
  point=$(p11 --token-label "$label" --list-objects --type pubkey 2>/dev/null |
          sed -n 's/^ *EC_POINT: *//p' | head -n 1)
  [ -n "$point" ] || { echo "make-test-token: the public key cannot be read" >&2; exit 1; }
  cat > "$dir/spki.cnf" <<SPKI
asn1=SEQUENCE:spki
[spki]
alg=SEQUENCE:alg
key=FORMAT:HEX,BITSTRING:${point:4}
[alg]
oid=OID:id-ecPublicKey
curve=OID:${key_type#EC:}
SPKI
  openssl asn1parse -genconf "$dir/spki.cnf" -out "$dir/signer.pub.der" -noout
fi
if ! openssl pkey -pubin -inform DER -in "$dir/signer.pub.der" -out "$dir/signer.pub.pem" 2>/dev/null; then
  # Older OpenSC writes an RSAPublicKey rather than a SubjectPublicKeyInfo.
  openssl rsa -RSAPublicKey_in -inform DER -in "$dir/signer.pub.der" -pubout -out "$dir/signer.pub.pem"
fi

cd "$dir"
cat > ca.ext <<'EXT'
[intermediate]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[signer]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = email:nguyen.van.an@thunghiem.gov.vn
EXT

if [ ! -f root.key ]; then
openssl req -x509 -new -newkey rsa:2048 -nodes -keyout root.key -out root.pem -days 3650 -sha256 -utf8 \
    -subj "/C=VN/O=LienThong Test/CN=LienThong Test Root CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -keyout intermediate.key -out intermediate.csr -utf8 \
    -subj "/C=VN/O=LienThong Test/CN=LienThong Test Intermediate CA" 2>/dev/null
openssl x509 -req -in intermediate.csr -CA root.pem -CAkey root.key -set_serial 0x1001 \
    -days 1825 -sha256 -extfile ca.ext -extensions intermediate -out intermediate.pem 2>/dev/null
fi
# The signer's subject is requested with a throwaway key; -force_pubkey puts the token's
# public key in the certificate.
openssl req -new -newkey rsa:2048 -nodes -keyout throwaway.key -out signer.csr -utf8 \
    -subj "$subject" 2>/dev/null
openssl x509 -req -in signer.csr -force_pubkey signer.pub.pem -CA intermediate.pem \
    -CAkey intermediate.key -set_serial "0x2$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')" -days 730 -sha256 -extfile ca.ext \
    -extensions signer -out signer.pem 2>/dev/null
rm -f throwaway.key signer.csr intermediate.csr
openssl x509 -in signer.pem -outform DER -out signer.der
cat intermediate.pem root.pem > chain.pem

p11 --token-label "$label" --login --pin "$pin" --write-object signer.der --type cert \
    --id "$key_id" --label signer >/dev/null

cat > token.env <<ENV
SOFTHSM2_CONF=$dir/softhsm2.conf
LT_TEST_MODULE=$module
LT_TEST_TOKEN_LABEL="$label"
LT_TEST_PIN=$pin
LT_TEST_SO_PIN=$so_pin
LT_TEST_KEY_ID=$key_id
LT_TEST_KEY_TYPE=$key_type
ENV
echo "$dir"
