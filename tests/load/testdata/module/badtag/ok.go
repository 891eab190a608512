package badtag
