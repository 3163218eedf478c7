"""Instagram professional accounts through the Instagram API with Instagram Login."""
