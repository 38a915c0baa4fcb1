# orders
print("A service")
