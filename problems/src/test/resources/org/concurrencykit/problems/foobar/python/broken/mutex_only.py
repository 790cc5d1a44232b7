# verdict: WRONG_ANSWER — one lock gives mutual exclusion, not alternation
from threading import Lock


class FooBar:
    def __init__(self, n):
        self.n = n
        self.lock = Lock()

    def foo(self, printFoo: 'Callable[[], None]') -> None:
        for i in range(self.n):
            with self.lock:
                printFoo()

    def bar(self, printBar: 'Callable[[], None]') -> None:
        for i in range(self.n):
            with self.lock:
                printBar()
