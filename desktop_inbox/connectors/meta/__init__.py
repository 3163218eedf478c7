"""What Instagram and Facebook Messenger share: Meta's Graph API.

The business brings its own Meta app (its own rate budget, its own App
Review) and pastes a token generated in that app's dashboard; the app never
holds the app secret. ``graph`` is the HTTP client (paging, usage headers,
error codes), ``connector`` the direct-message part both platforms share,
``window`` the messaging-window rules checked when a reply is queued.
"""
