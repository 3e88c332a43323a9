import pytest


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/fr/", "/en/"])
def test_home_pages_answer(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert f'lang="{url.strip("/")}"' in response.content.decode()
