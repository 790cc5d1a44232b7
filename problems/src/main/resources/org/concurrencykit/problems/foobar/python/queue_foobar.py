import queue


class FooBar:
    def __init__(self, n):
        self.n = n
        self.to_foo = queue.Queue()
        self.to_bar = queue.Queue()
        self.to_foo.put(None)

    def foo(self, printFoo: 'Callable[[], None]') -> None:
        for i in range(self.n):
            self.to_foo.get()
            printFoo()
            self.to_bar.put(None)

    def bar(self, printBar: 'Callable[[], None]') -> None:
        for i in range(self.n):
            self.to_bar.get()
            printBar()
            self.to_foo.put(None)
