"""Every page says what browsers may not do on it: no device features, no framing, no sniffing."""
import pytest


@pytest.mark.parametrize("path", ["/", "/admin/login/"])
def test_pages_refuse_device_features_framing_and_type_sniffing(client, path, article):
    response = client.get(path)

    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
