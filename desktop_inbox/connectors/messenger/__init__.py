"""A Facebook Page's Messenger conversations and post comments (``graph.facebook.com``)."""
