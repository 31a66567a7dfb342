"""Extraction: the spaCy pipeline (pipeline.py), its components and lexicons, and facts.py.

`kg.extract(...)` is also the public API function (kg.api.extract). Python sets the attribute
`kg.extract` to this package as soon as it is imported, which would hide the function, so the
package itself is made callable and forwards the call.
"""
import sys
import types


class _CallableModule(types.ModuleType):
    def __call__(self, *args, **kwargs):
        from kg.api import extract

        return extract(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
