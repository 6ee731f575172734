"""The app's process setup that must come before numpy loads, for benchmarks that open the window.

Imported first (``import app_environment``) by the scripts that build the window in
their own process, so that they measure the window as ``gui.app.run`` sets it up.
"""

from gui.app import quiet_blas_threads

quiet_blas_threads()
