"""X11's top-level windows through libX11 (ctypes), top first, in global device pixels.
Imported only on X11 (pixdesk.ui.capture.foreign_windows decides)."""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Iterator

from pixdesk.services.capture import ForeignWindow, Rect

_IS_VIEWABLE = 2
_XA_CARDINAL, _XA_WINDOW = 6, 33
_ANY_PROPERTY_TYPE = 0


class _Attributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("class_", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_ignore_errors = _ERROR_HANDLER(lambda _display, _event: 0)  # a window closing mid-listing is no crash


def _xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11")
    if name is None:
        raise OSError("libX11 is not installed")
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XGetWindowProperty.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_ulong,
        ctypes.c_long,
        ctypes.c_long,
        ctypes.c_int,
        ctypes.c_ulong,
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_void_p),
    ]
    lib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_Attributes)]
    lib.XTranslateCoordinates.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
    ]
    lib.XQueryTree.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
        ctypes.POINTER(ctypes.c_uint),
    ]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    lib.XSetErrorHandler.argtypes = [ctypes.c_void_p]
    return lib


def top_level_windows() -> list[ForeignWindow]:
    lib = _xlib()
    display = lib.XOpenDisplay(None)
    if not display:
        raise OSError("cannot open the X display")
    previous = lib.XSetErrorHandler(ctypes.cast(_ignore_errors, ctypes.c_void_p))
    try:
        return list(_listed(lib, display))
    finally:
        lib.XSetErrorHandler(previous)
        lib.XCloseDisplay(display)


def _listed(lib: ctypes.CDLL, display: int) -> Iterator[ForeignWindow]:
    root = lib.XDefaultRootWindow(display)
    stacking = _property(lib, display, root, "_NET_CLIENT_LIST_STACKING", _XA_WINDOW)
    managed = stacking is not None
    if stacking is None:  # no window manager (or an old one): the root's children, bottom first
        stacking = _children(lib, display, root)
    for window in reversed(stacking):  # top first
        attributes = _Attributes()
        if not lib.XGetWindowAttributes(display, window, ctypes.byref(attributes)):
            continue
        if attributes.map_state != _IS_VIEWABLE or (not managed and attributes.override_redirect):
            continue  # unmapped, or a menu or tooltip
        x, y, child = ctypes.c_int(), ctypes.c_int(), ctypes.c_ulong()
        if not lib.XTranslateCoordinates(
            display, window, root, 0, 0, ctypes.byref(x), ctypes.byref(y), ctypes.byref(child)
        ):
            continue
        left = right = top = bottom = 0
        extents = _property(lib, display, window, "_NET_FRAME_EXTENTS", _XA_CARDINAL) if managed else None
        if extents is not None and len(extents) == 4:
            left, right, top, bottom = extents
        yield ForeignWindow(
            Rect(x.value - left, y.value - top, attributes.width + left + right, attributes.height + top + bottom)
        )


def _property(lib: ctypes.CDLL, display: int, window: int, name: str, kind: int) -> list[int] | None:
    atom = lib.XInternAtom(display, name.encode(), True)
    if not atom:
        return None
    actual, fmt = ctypes.c_ulong(), ctypes.c_int()
    count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
    status = lib.XGetWindowProperty(
        display, window, atom, 0, 1 << 16, False, kind,
        ctypes.byref(actual), ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(after), ctypes.byref(data),
    )  # fmt: skip
    if status != 0 or not data.value:
        return None
    try:
        if actual.value != kind or fmt.value != 32:
            return None
        # Format-32 properties come back as C longs, whatever their size on this machine.
        return list(ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[: count.value])
    finally:
        lib.XFree(data)


def _children(lib: ctypes.CDLL, display: int, root: int) -> list[int]:
    root_out, parent = ctypes.c_ulong(), ctypes.c_ulong()
    children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
    if not lib.XQueryTree(
        display, root, ctypes.byref(root_out), ctypes.byref(parent), ctypes.byref(children), ctypes.byref(count)
    ):
        return []
    try:
        return list(children[: count.value])
    finally:
        if children:
            lib.XFree(children)
