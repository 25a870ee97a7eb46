class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
    def __repr__(self):
        return f"<{self.speak()}>"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return Animal.speak(self) + "!"

print([Animal(), Dog(), Puppy()])
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(isinstance(Puppy(), (int, Dog)))
print(Puppy.__mro__[1].__name__, Puppy.__bases__[0].__name__)
