from threading import Condition


class FooBar:
    def __init__(self, n):
        self.n = n
        self.cond = Condition()
        self.foo_next = True

    def foo(self, printFoo: 'Callable[[], None]') -> None:
        for i in range(self.n):
            with self.cond:
                self.cond.wait_for(lambda: self.foo_next)
                printFoo()
                self.foo_next = False
                self.cond.notify_all()

    def bar(self, printBar: 'Callable[[], None]') -> None:
        for i in range(self.n):
            with self.cond:
                self.cond.wait_for(lambda: not self.foo_next)
                printBar()
                self.foo_next = True
                self.cond.notify_all()
