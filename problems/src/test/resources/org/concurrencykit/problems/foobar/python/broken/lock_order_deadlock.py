# verdict: DEADLOCK — foo takes a then b, bar takes b then a: a lock cycle (TIME_LIMIT_EXCEEDED until locks are tracked)
from threading import Lock


class FooBar:
    def __init__(self, n):
        self.n = n
        self.a = Lock()
        self.b = Lock()
        self.turn = 0

    def foo(self, printFoo: 'Callable[[], None]') -> None:
        i = 0
        while i < self.n:
            with self.a:
                with self.b:
                    if self.turn == 0:
                        printFoo()
                        self.turn = 1
                        i += 1

    def bar(self, printBar: 'Callable[[], None]') -> None:
        i = 0
        while i < self.n:
            with self.b:
                with self.a:
                    if self.turn == 1:
                        printBar()
                        self.turn = 0
                        i += 1
