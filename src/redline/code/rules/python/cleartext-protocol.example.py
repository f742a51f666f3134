import ftplib
import telnetlib


def upload(host, user, password):
    # ruleid: cleartext-protocol
    ftp = ftplib.FTP(host)
    ftp.login(user, password)
    # ruleid: cleartext-protocol
    session = telnetlib.Telnet(host)
    # ok: cleartext-protocol
    secure = ftplib.FTP_TLS(host)
    secure.login(user, password)
    secure.prot_p()
    return ftp, session, secure
