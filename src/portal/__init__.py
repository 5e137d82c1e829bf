"""The policyguard portal: the Django project that runs the workflows around the core.

One app per area (``INSTALLED_APPS`` in ``settings.py`` lists them), each shaped models /
actions / queries / views / api / admin / tests. Shared by all: ``errors`` (the one error
tree), ``apibase`` (the API's request type, access helper and error shape), ``types``.
The core is imported only from ``policyguard``, ``policyguard.webfilter`` and
``policyguard.screening`` (tests/test_layers.py).
"""
