"""The policyguard portal: the Django project that runs the workflows around the core.

Apps, one per area, each shaped models / actions / queries / views / api / admin / tests:
``organisations`` (organisations, trusts, memberships), ``people`` (the directory and its
CSV import), ``decisions`` (decisions asked of the core, and who must act on them),
``apitokens`` (bearer tokens for the JSON API) and ``audit`` (the log every action writes).
"""
