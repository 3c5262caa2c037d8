from django.shortcuts import render


def apply(request):
    """The "Become a volunteer" page. Until the application form arrives (issue 4), it tells how to get in touch."""
    return render(request, "volunteers/apply.html")
