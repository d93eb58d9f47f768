"""The client's address behind a reverse proxy, for login throttling (django-axes keys a
lockout on the user name and this address).

X-Forwarded-For is believed only when the request comes from a trusted proxy: the socket's
peer (REMOTE_ADDR) is one of SEJOUR_TRUSTED_PROXIES (addresses or networks, comma-separated;
none by default). Then the header is read from the right, past the trusted proxies, and the
first address that is not one is the client's (anything left of it was written by the client
and is not believed). A request that does not come from a trusted proxy is keyed on its peer,
whatever headers it sends: a client cannot pick its own lockout key. (django-ipware trusts
proxies by the addresses named in the header itself, which the client writes; hence these
few lines on the standard library's ipaddress.)
"""

from __future__ import annotations

import ipaddress

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse(text: str) -> tuple[Network, ...]:
    """SEJOUR_TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8, ::1' → networks; ValueError naming a bad entry."""
    networks = []
    for entry in (part.strip() for part in text.split(",")):
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            raise ValueError(f"SEJOUR_TRUSTED_PROXIES: {entry!r} is not an IP address or network; "
                             "expected e.g. 127.0.0.1,10.0.0.0/8,::1") from None
    return tuple(networks)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:  # [v6]:port
        text = text[1:text.index("]")]
    elif text.count(":") == 1:  # v4:port
        text = text.split(":")[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def client_address(meta: dict, trusted: tuple[Network, ...]) -> str | None:
    peer = meta.get("REMOTE_ADDR")
    peer_address = _address(peer or "")

    def is_trusted(address) -> bool:
        return address is not None and any(address in network for network in trusted)

    if not is_trusted(peer_address):
        return peer
    hops = [_address(part) for part in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    for hop in reversed(hops):
        if hop is None:  # unreadable: nothing further left can be believed
            break
        if not is_trusted(hop):
            return str(hop)
    return peer


def client_ip(request) -> str | None:
    """AXES_CLIENT_IP_CALLABLE."""
    from django.conf import settings

    return client_address(request.META, settings.TRUSTED_PROXIES)
