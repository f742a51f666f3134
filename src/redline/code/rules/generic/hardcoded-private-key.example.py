import os

# ruleid: hardcoded-private-key
VALUE_0 = "-----BEGIN RSA PRIVATE KEY-----\nDmY6SjXlW+hpkgYrccZkRBehptPw7ag5h99fVXLCjT2Mrfh5iCZZuEvOhHAVqkdz\nLok2cWO7lbeos3UWY3Aw5eY7R5DjSiqEqNvaSOzKG3D3VIMqAgpn1aiW8o6ND2XV\n-----END RSA PRIVATE KEY-----"
# ok: hardcoded-private-key
SAMPLE_0 = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"
# ok: hardcoded-private-key
FROM_ENV = os.environ.get("HARDCODED_PRIVATE_KEY")
